using GraphQL;
using InfoGov.Api.Engine.Common;
using InfoGov.Domain.Integration;

namespace InfoGov.Api.Features.Notifications;

/// <summary>Event kinds as the schema and webhook bodies name them.</summary>
public static class EventKinds
{
    /// <summary>The enum value's name in the schema, e.g. PROJECT_STATUS_CHANGED.</summary>
    public static string Name(EventKind kind) => kind.ToString().ToConstantCase();
}

public sealed class EventKindGraphType() : DescribedEnumGraphType<EventKind>(
    "What happened. Subscribers and webhooks choose the kinds they want.",
    new Dictionary<EventKind, string>
    {
        [EventKind.ProjectStatusChanged] = "A project moved to another lifecycle status (its colour may have changed with it). Subject: the Project.",
        [EventKind.ProgressReportFiled] = "A monthly progress report was filed; the project's progress, variances and colour follow from it. Subject: the ProgressReport.",
        [EventKind.ChangeRequestDecided] = "The office approved (re-baselining the project) or refused a change request. Subject: the ChangeRequest.",
        [EventKind.SharingRequestDecided] = "A sharing request was approved, granted or refused. Subject: the SharingRequest.",
        [EventKind.SharingRequestOverdue] = "A sharing request passed its answer date unanswered. Subject: the SharingRequest.",
        [EventKind.GrantExpiring] = "A sharing grant ends within the notice period (Notifications:GrantExpiryNoticeDays). Subject: the SharingGrant.",
        [EventKind.DisputeAnswered] = "The provider answered a data dispute. Subject: the DataDispute.",
        [EventKind.ProjectColourChanged] = "A project's colour (red, amber, green) changed: after a report, a re-baseline or a status change (announced right after it), or as days passed (found by the periodic sweep). Subject: the Project.",
        [EventKind.PlanDecided] = "The office approved a plan, or returned it with comments. Subject: the Plan (read by government users: drafts on their way up by their department only).",
        [EventKind.MilestoneCompleted] = "The owning department recorded a milestone of the baseline reached, with its evidence; a late one moves the schedule variance and may change the colour. Subject: the Milestone.",
        [EventKind.DeliveryConfidenceRated] = "The office rated its confidence in a project's delivery (five points, green to red, with its narrative). Subject: the ConfidenceRating (read by government users).",
        [EventKind.SupervisionReportRecorded] = "A construction supervisor's monthly report on a project (quality, schedule, issues) was recorded. Subject: the SupervisionReport (read by the office and the owning department).",
        [EventKind.RiskEscalated] = "The owning department escalated a risk of a project's register to the office, saying what it needs. Subject: the ProjectRisk (read by government users).",
        [EventKind.RectificationAnswered] = "An inspected department answered a rectification item; the office is to close or reopen it. Subject: the RectificationItem (read by government users).",
        [EventKind.NoticePublished] = "The office published a commendation or criticism of a department or its head. Subject: the SupervisionNotice (read by government users).",
        [EventKind.DataResourceStale] = "A catalog entry's data was not refreshed within its update cycle (once per last refresh; found by the periodic sweep). Subject: the DataResource.",
        [EventKind.DataQualityIssueReported] = "A department reported a quality problem (wrong, missing or late data) with a catalog entry, with its evidence; the provider is to answer by a deadline. Subject: the DataQualityIssue (read by government users).",
        [EventKind.DataQualityIssueAnswered] = "The provider answered a quality issue: corrected, or not an issue and why. Subject: the DataQualityIssue (read by government users).",
        [EventKind.DataNeedRouted] = "The office routed a department's data need to the department that holds such data, which is to answer by a deadline. Subject: the DataNeed (read by government users).",
        [EventKind.DataNeedAnswered] = "The provider answered a data need: it will provide the data through a catalog entry, or it cannot and why. Subject: the DataNeed (read by government users).",
        [EventKind.SecurityFindingRaised] = "A security check or risk assessment of a system found a high-severity issue, with its remedy and deadline. Subject: the SecurityFinding (read by the office and the departments owning or operating the system).",
    });
