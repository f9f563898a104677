using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.Authorization;
using static InfoGov.Api.Tests.Authorization.AccessPolicy;

namespace InfoGov.Api.Tests.Supervision;

/// <summary>Who may read and change what of the office's supervision: inspections, rectification items and notices (see <see cref="AccessPolicy"/>).</summary>
public static class SupervisionAccessPolicy
{
    /// <summary>The inspected department's information manager and leader answer its rectification items.</summary>
    private static readonly Rule Answerers = new(false, [], [Roles.InformationManager, Roles.DepartmentLeader]);

    public static readonly FeatureAccess Rules = new()
    {
        NodeTypes = new()
        {
            ["Inspection"] = new(Government, Government),
            ["RectificationItem"] = new(Government, Government),
            ["SupervisionNotice"] = new(Government, Government),
            ["CommitteeMeeting"] = new(Government, Government),
            ["ActionItem"] = new(Government, Government),
        },
        ValueTypes = new()
        {
            ["MeetingDecision"] = ("CommitteeMeeting", "decisions", new(Government, Government)),
        },
        Query = new()
        {
            ["inspections"] = Government,
            ["overdueRectifications"] = Government,
            ["notices"] = Government,
            ["committeeMeetings"] = Government,
            ["openActionItems"] = Government,
            ["committeeMeeting"] = Government,
        },
        QueryArguments = new()
        {
            ["committeeMeeting"] = "(code: \"HY-2026-Q4\")",
        },
        Mutation = new()
        {
            ["recordInspection"] = new(Office, "{ departmentCode: \"NOPE\", title: \"x\", inspectedOn: \"2026-11-01\", findings: \"x\" }"),
            ["answerRectification"] = new(Answerers, "{ itemId: \"bm9wZQ==\", version: 1, text: \"x\" }"),
            ["closeRectification"] = new(Office, "{ itemId: \"bm9wZQ==\", version: 1 }"),
            ["reopenRectification"] = new(Office, "{ itemId: \"bm9wZQ==\", version: 1, text: \"x\" }"),
            ["recordCommitteeMeeting"] = new(Office, "{ heldOn: \"2026-10-01\", agenda: \"x\", decisions: [{ text: \"x\", projectIds: [\"bm9wZQ==\"] }] }"),
            ["reportActionProgress"] = new(Answerers, "{ itemId: \"bm9wZQ==\", version: 1, text: \"x\" }"),
            ["completeActionItem"] = new(Office, "{ itemId: \"bm9wZQ==\", version: 1, text: \"x\" }"),
            ["publishNotice"] = new(Office, "{ kind: CRITICISM, departmentCode: \"NOPE\", reason: \"x\", basis: BULLETIN, bulletinMonth: \"2026-10-01\" }"),
        },
    };
}
