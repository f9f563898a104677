using InfoGov.Domain.Common;

namespace InfoGov.Domain.Assessments;

/// <summary>A department's yearly assessment. Scores are restricted until published.</summary>
public sealed class Assessment : VersionedEntity, IBelongsToDepartment
{
    public required int Year { get; init; }
    public required Guid DepartmentId { get; init; }
    public decimal Score { get; private set; }
    public int? Rank { get; private set; }
    public AssessmentGrade Grade { get; private set; }
    public bool IsPublished { get; set; }

    public void ScoreFrom(IEnumerable<IndicatorResult> indicators)
    {
        Score = indicators.Sum(i => i.Score);
        Grade = GradeFor(Score);
    }

    public void SetRank(int rank) => Rank = rank;

    public static AssessmentGrade GradeFor(decimal score) => score switch
    {
        >= 90m => AssessmentGrade.Excellent,
        >= 75m => AssessmentGrade.Good,
        >= 60m => AssessmentGrade.Pass,
        _ => AssessmentGrade.Fail,
    };
}
