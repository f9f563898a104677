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
    ];
}
