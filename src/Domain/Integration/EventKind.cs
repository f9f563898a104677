namespace InfoGov.Domain.Integration;

/// <summary>What happened, as subscribers and webhooks are told it.</summary>
public enum EventKind
{
    /// <summary>A project moved to another lifecycle status.</summary>
    ProjectStatusChanged,
    /// <summary>A monthly progress report was filed (the project's progress and colour follow from it).</summary>
    ProgressReportFiled,
    /// <summary>The office approved or refused a change request.</summary>
    ChangeRequestDecided,
    /// <summary>The provider (or the office) approved, granted or refused a sharing request.</summary>
    SharingRequestDecided,
    /// <summary>A sharing request passed its answer date without an answer.</summary>
    SharingRequestOverdue,
    /// <summary>A sharing grant ends within the notice period.</summary>
    GrantExpiring,
    /// <summary>The provider answered a data dispute.</summary>
    DisputeAnswered,
    /// <summary>A project's colour changed: after a report, a re-baseline, a status change, or as days passed.</summary>
    ProjectColourChanged,
    /// <summary>The office approved or returned a department's plan.</summary>
    PlanDecided,
    /// <summary>The owning department recorded a milestone reached (its schedule variance and colour follow from it).</summary>
    MilestoneCompleted,
    /// <summary>The office rated its confidence in a project's delivery.</summary>
    DeliveryConfidenceRated,
    /// <summary>A construction supervisor's monthly report on a project was recorded.</summary>
    SupervisionReportRecorded,
    /// <summary>A department escalated a risk of a project's register to the office.</summary>
    RiskEscalated,
    /// <summary>A department answered a rectification item of an inspection.</summary>
    RectificationAnswered,
    /// <summary>The office published a commendation or a criticism.</summary>
    NoticePublished,
    /// <summary>A security check or risk assessment found a high-severity issue in a system.</summary>
    SecurityFindingRaised,
    /// <summary>A catalog entry's data was not refreshed within its update cycle.</summary>
    DataResourceStale,
    /// <summary>A department reported a quality problem with an entry's data.</summary>
    DataQualityIssueReported,
    /// <summary>The provider answered a quality issue.</summary>
    DataQualityIssueAnswered,
    /// <summary>The office routed a data need to the department that holds such data.</summary>
    DataNeedRouted,
    /// <summary>The provider answered a data need.</summary>
    DataNeedAnswered,
}
