using InfoGov.Domain.Common;

namespace InfoGov.Domain.Assessments;

/// <summary>A department's yearly assessment. Scores are restricted until published.</summary>
public sealed class Assessment : VersionedEntity, IBelongsToDepartment
{
    public required int Year { get; init; }
    public required Guid DepartmentId { get; init; }
    /// <summary>Out of 100, over the indicators that were scored; null while none is.</summary>
    public decimal? Score { get; private set; }
    public int? Rank { get; private set; }
    public AssessmentGrade? Grade { get; private set; }
    public bool IsPublished { get => _isPublished; init => _isPublished = value; }
    private bool _isPublished;

    /// <summary>
    /// The score over the indicators that could be scored: their points as a share of their weights,
    /// out of 100. An indicator without data is left out rather than given its target, so a department
    /// with nothing to show for it neither gains nor loses by it; with none scored there is no score.
    /// </summary>
    public void ScoreFrom(IEnumerable<IndicatorResult> indicators)
    {
        var scored = indicators.Where(i => i.Score is not null).ToList();
        var weight = scored.Sum(i => i.Weight);
        Score = weight == 0 ? null : (decimal?)Math.Round(100m * scored.Sum(i => i.Score!.Value) / weight, 2, MidpointRounding.AwayFromZero);
        Grade = Score is { } score ? GradeFor(score) : null;
    }

    /// <summary>Refuses any change to a published result: it is final.</summary>
    public void EnsureOpen()
    {
        if (IsPublished) throw new RuleViolation(RuleViolation.InvalidTransition, $"The {Year} assessment is published; its results are final.");
    }

    public void SetRank(int? rank) => Rank = rank;

    /// <summary>Publishes a year's results, all of them or none: each must still be open.</summary>
    public static void Publish(IReadOnlyCollection<Assessment> year)
    {
        foreach (var assessment in year) assessment.EnsureOpen();
        foreach (var assessment in year) assessment._isPublished = true;
    }

    public static AssessmentGrade GradeFor(decimal score) => score switch
    {
        >= 90m => AssessmentGrade.Excellent,
        >= 75m => AssessmentGrade.Good,
        >= 60m => AssessmentGrade.Pass,
        _ => AssessmentGrade.Fail,
    };
}
