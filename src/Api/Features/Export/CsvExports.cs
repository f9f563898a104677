namespace InfoGov.Api.Features.Export;

/// <summary>The spreadsheets people keep of InfoGov's data, as downloads (<c>GET /export/{name}.csv</c>).</summary>
public static class CsvExports
{
    private static readonly CsvColumn[] ProjectBasics =
    [
        new("code", "code"), new("name", "name"), new("department", "department.code"), new("status", "status"),
        new("colour", "colour"), new("progress_percent", "progressPercent"),
        new("start_on", "currentPlan.startOn"), new("due_on", "currentPlan.dueOn"),
    ];

    private static readonly CsvColumn[] ProjectSupervision =
    [
        new("level", "level"), new("budget", "currentPlan.budget.amount"), new("currency", "currentPlan.budget.currency"),
        new("schedule_variance", "scheduleVariance.ratio"), new("schedule_band", "scheduleVariance.band"),
        new("cost_variance", "costVariance.ratio"), new("cost_band", "costVariance.band"),
        new("report_overdue", "isProgressReportOverdue"),
    ];

    public static readonly IReadOnlyList<CsvExport> All =
    [
        // Budgets and variances for government users and dashboards; the public columns for everyone else.
        new("projects", "projects", ", orderBy: CODE_ASC", [[.. ProjectBasics, .. ProjectSupervision], ProjectBasics]),
        new("fund-ledger", "specialFunds", "",
        [[
            new("fiscal_year", "fiscalYear"), new("cap", "cap.amount"), new("allocated", "allocated.amount"), new("spent", "spent.amount"),
            new("remaining", "remaining.amount"), new("allocation_rate", "allocationRate"), new("spend_rate", "spendRate"), new("currency", "cap.currency"),
        ]]),
        new("sharing-requests", "sharingRequests", "",
        [[
            new("number", "number"), new("resource", "resource.code"), new("requester", "requester.code"), new("status", "status"),
            new("submitted_on", "submittedOn"), new("answer_due_on", "answerDueOn"), new("decided_at", "decidedAt"), new("overdue", "isOverdue"),
        ]]),
        // The supervision lists the office follows up, and the registers behind them.
        new("overdue-rectifications", "overdueRectifications", "",
        [[
            new("inspection", "inspection.code"), new("number", "number"), new("department", "inspection.department.code"), new("finding", "finding"),
            new("requirement", "requirement"), new("owner", "owner"), new("due_on", "dueOn"), new("status", "status"), new("reopen_reason", "reopenReason"),
        ]]),
        new("escalated-risks", "escalatedRisks", "",
        [[
            new("project", "project.code"), new("number", "number"), new("title", "title"), new("likelihood", "likelihood"), new("impact", "impact"),
            new("severity", "severity"), new("owner", "owner"), new("mitigation", "mitigation"), new("escalated_at", "escalatedAt"), new("escalation_reason", "escalationReason"),
        ]]),
        new("open-action-items", "openActionItems", "",
        [[
            new("meeting", "meeting.code"), new("number", "number"), new("department", "department.code"), new("description", "description"),
            new("owner", "owner"), new("due_on", "dueOn"), new("overdue", "isOverdue"), new("progress", "progress"),
        ]]),
        new("vendors", "vendors", "",
        [[
            new("code", "code"), new("name", "name"), new("credit_code", "creditCode"), new("kind", "kind"), new("registered_at", "registeredAt"),
        ]]),
        new("security-findings", "securityFindings", ", open: true",
        [[
            new("system", "system.code"), new("review_kind", "review.kind"), new("found_on", "foundOn"), new("number", "number"), new("severity", "severity"),
            new("description", "description"), new("remedy", "remedy"), new("due_on", "dueOn"), new("overdue", "isOverdue"),
        ]]),
        new("training-records", "trainingRecords", "",
        [[
            new("department", "department.code"), new("held_on", "heldOn"), new("topic", "topic"), new("hours", "hours"), new("attendees", "attendees"),
            new("person_hours", "personHours"), new("system", "system.code"),
        ]]),
    ];
}
