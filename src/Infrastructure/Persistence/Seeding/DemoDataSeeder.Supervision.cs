using InfoGov.Domain.Projects;
using InfoGov.Domain.Supervision;

namespace InfoGov.Infrastructure.Persistence.Seeding;

public sealed partial class DemoDataSeeder
{
    /// <summary>
    /// The office's supervision at every state: an inspection of a project under way whose first item was answered and
    /// closed and whose second is open past its deadline; a second one whose item waits for the office; a criticism
    /// resting on the first inspection and a commendation resting on the October bulletin; the fourth quarter's committee
    /// meeting with one action item done and one open.
    /// </summary>
    private void SeedSupervision(IReadOnlyList<Project> projects)
    {
        var underWay = projects.Where(p => p.Status == ProjectStatus.InImplementation).OrderBy(p => p.Code).Take(2).ToList();
        if (underWay.Count < 2) return;
        var inspectedOn = ReferenceDate.AddDays(-45);
        var (first, firstItems) = Inspection.Record($"DC-{inspectedOn.Year}-001", underWay[0].OwnerDepartmentId, underWay[0].Id, $"{underWay[0].Name} implementation check",
            inspectedOn, "Contract management sound; the monthly reports understate the delay of the data interfaces; no security assessment yet.",
            [
                ("Monthly reports understate the interface delay.", "Report the interface work separately, with its own schedule.", "Information manager", inspectedOn.AddDays(20)),
                ("No security assessment of the system before trial operation.", "Commission a classified protection (等保) assessment and file its report.", "Department head", inspectedOn.AddDays(30)),
            ], OfficeActor, At(inspectedOn, 17), ReferenceDate);
        firstItems[0].Respond("Interface work now reported on its own line from the October report.", inspectedOn.AddDays(12));
        firstItems[0].Close(At(inspectedOn.AddDays(15)));
        var secondOn = ReferenceDate.AddDays(-10);
        var (second, secondItems) = Inspection.Record($"DC-{secondOn.Year}-002", underWay[1].OwnerDepartmentId, null, "Informatization duties check",
            secondOn, "Duties assigned; the information manager's post was vacant for two months.",
            [("The information manager's post was vacant for two months.", "Name a deputy for the post while it is vacant.", "Department head", secondOn.AddDays(20))],
            OfficeActor, At(secondOn, 17), ReferenceDate);
        secondItems[0].Respond("The deputy director for informatization acts as information manager while the post is vacant.", ReferenceDate.AddDays(-2));
        db.Inspections.AddRange(first, second);
        db.RectificationItems.AddRange([.. firstItems, .. secondItems]);
        var heldOn = new DateOnly(2026, 10, 14);
        var (meeting, decisions, actions) = CommitteeMeeting.Record("HY-2026-Q4", heldOn,
            "1. Progress of the year's projects; 2. the data sharing backlog; 3. next year's fund.",
            [
                ($"{underWay[0].Name} to recover its delay by the end of the year.", [underWay[0].Id], []),
                ("Every department to publish its catalogue entries' update cycle.", [], []),
            ],
            [
                (1, "Submit a recovery plan with weekly milestones.", "Information manager", underWay[0].OwnerDepartmentId, heldOn.AddDays(14)),
                (2, "Fill in the update cycle of every catalogue entry.", "Data steward", underWay[1].OwnerDepartmentId, heldOn.AddDays(60)),
            ], OfficeActor, At(heldOn, 18), ReferenceDate);
        actions[0].Complete("Recovery plan received and reviewed on 25 October.", heldOn.AddDays(11));
        actions[1].ReportProgress("Half of the entries done.");
        db.CommitteeMeetings.Add(meeting);
        db.MeetingDecisions.AddRange(decisions);
        db.ActionItems.AddRange(actions);
        db.SupervisionNotices.Add(SupervisionNotice.Publish(NoticeKind.Criticism, first.DepartmentId, null,
            "Monthly reports understated the delay of the data interfaces (inspection findings).", NoticeBasis.Inspection, first.Id, null, OfficeActor, inspectedOn.AddDays(5)));
        db.SupervisionNotices.Add(SupervisionNotice.Publish(NoticeKind.Commendation, underWay[1].OwnerDepartmentId, null,
            "Every monthly report of the year on time, and no project behind schedule.", NoticeBasis.Bulletin, null, new DateOnly(2026, 10, 1), OfficeActor, ReferenceDate.AddDays(-5)));
    }
}
