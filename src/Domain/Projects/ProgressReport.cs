using InfoGov.Domain.Common;

namespace InfoGov.Domain.Projects;

/// <summary>The monthly progress report of a project under way: one per project per month.</summary>
public sealed class ProgressReport : VersionedEntity, IPartOfProject
{
    public required Guid ProjectId { get; init; }
    /// <summary>The first day of the month reported on.</summary>
    public required DateOnly Month { get; init; }
    public required int ProgressPercent { get; init; }
    public required Money SpendToDate { get; init; }
    public string? Issues { get; init; }
    public string? Risks { get; init; }
    /// <summary>Required when progress is lower than in the previous report.</summary>
    public string? Explanation { get; init; }
    public required DateTimeOffset SubmittedAt { get; init; }

    /// <summary>A report the owning department files for <paramref name="project"/> (checked by
    /// <see cref="ProgressReportRules"/> first); those following the project are told.</summary>
    public static ProgressReport File(Project project, DateOnly month, int progressPercent, Money spendToDate,
        string? issues, string? risks, string? explanation, DateTimeOffset at)
    {
        var report = new ProgressReport
        {
            ProjectId = project.Id,
            Month = month,
            ProgressPercent = progressPercent,
            SpendToDate = spendToDate,
            Issues = issues?.Trim(),
            Risks = risks?.Trim(),
            Explanation = explanation?.Trim(),
            SubmittedAt = at,
        };
        report.Raise(new Integration.DomainEvent(Integration.EventKind.ProgressReportFiled, nameof(ProgressReport), report.Id, project.Id, DepartmentId: project.OwnerDepartmentId));
        return report;
    }
}
